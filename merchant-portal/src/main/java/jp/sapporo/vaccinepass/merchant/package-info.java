/**
 * Sapporo Vaccine Pass — Merchant portal.
 */
package jp.sapporo.vaccinepass.merchant;
