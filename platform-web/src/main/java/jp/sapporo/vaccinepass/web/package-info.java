/**
 * What the three web apps share: security defaults, languages, the Japan clock, the
 * layout and the error pages.
 */
package jp.sapporo.vaccinepass.web;
