/**
 * The command line around the engine and the JSON contract.
 */
package jp.sapporo.vaccinepass.rules.cli;
