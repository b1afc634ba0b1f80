/**
 * The merchant's dashboard: stores, their state and next step.
 */
package jp.sapporo.vaccinepass.merchant.dashboard;
