/**
 * The eligibility HTTP API for booking systems: per-agency API keys (issued and revoked
 * by city staff, stored hashed), a stateless filter chain, a rate limit per key.
 */
package jp.sapporo.vaccinepass.verifier.api;
