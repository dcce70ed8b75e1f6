/** The rules of accounts, free of any framework: credit codes, passwords, e-mail addresses. */
package dev.waibao.accounts.model;
