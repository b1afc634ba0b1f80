/**
 * Test support shared by the web apps: a clean database per run and a real browser.
 */
package jp.sapporo.vaccinepass.test;
