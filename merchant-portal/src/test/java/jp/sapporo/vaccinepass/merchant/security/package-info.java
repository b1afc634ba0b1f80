/**
 * Security evidence over real HTTP: the endpoint × role matrix, object-level access,
 * CSRF, no state change on GET, headers and injection.
 */
package jp.sapporo.vaccinepass.merchant.security;
