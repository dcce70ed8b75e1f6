/**
 * The marketplace itself: tenders from draft to award, clarification Q&A, sealed bids with every
 * version kept, evaluation, awards, contracts and ratings, and the notifications they cause. Bids
 * live inside this boundary on purpose: the sealed rule, the deadline and the award are one
 * consistency boundary, decided under one lock on the tender row.
 */
package dev.waibao.tenders;
