/**
 * City staff's dashboard: registrations, pending reviews, scans per day and per
 * municipality, checks per day, as server-rendered SVG charts with their numbers.
 */
package jp.sapporo.vaccinepass.verifier.dashboard;
