/**
 * Merchant accounts: sign-up with e-mail verification, password reset, profile.
 */
package jp.sapporo.vaccinepass.merchant.account;
