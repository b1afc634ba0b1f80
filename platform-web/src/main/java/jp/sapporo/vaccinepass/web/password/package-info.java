/**
 * Password rules for every form that sets a password (NIST SP 800-63B 5.1.1.2): at least
 * 12 characters, up to 128, no composition rules, and none of the common passwords.
 */
package jp.sapporo.vaccinepass.web.password;
