/**
 * Travel agents' eligibility checks of a booking: the form, the result, the saved records
 * (only the agent's own agency's), and their printable PDF.
 */
package jp.sapporo.vaccinepass.verifier.check;
