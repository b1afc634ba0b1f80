/**
 * How the city runs each programme of the rules engine: local period, alert level,
 * priority measures and suspension, with every change recorded.
 */
package jp.sapporo.vaccinepass.verifier.programme;
