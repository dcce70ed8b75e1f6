/**
 * Who is acting and what they may do: the {@link dev.waibao.shared.security.Actor} every feature
 * reads from the verified access token, and the rule that lets static files through while every API
 * route needs an explicit rule of its own.
 */
package dev.waibao.shared.security;
