/**
 * The JSON side of the engine: the request/decision contract and the programme resource
 * files. The only place that knows Jackson.
 */
package jp.sapporo.vaccinepass.rules.json;
