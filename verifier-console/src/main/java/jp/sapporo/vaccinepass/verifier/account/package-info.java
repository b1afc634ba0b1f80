/**
 * City staff manage travel agencies, agents, staff accounts and the agencies' API keys.
 */
package jp.sapporo.vaccinepass.verifier.account;
