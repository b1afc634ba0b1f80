/**
 * Sign-up (e-mail or passport; the sign-up never assumes a Japanese ID), e-mail
 * verification, password reset, and the terms and privacy notice.
 */
package jp.sapporo.vaccinepass.resident.account;
