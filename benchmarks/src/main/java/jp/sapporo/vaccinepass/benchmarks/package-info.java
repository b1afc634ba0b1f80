/**
 * JMH benchmarks of the rules engine.
 */
package jp.sapporo.vaccinepass.benchmarks;
