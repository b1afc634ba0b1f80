/**
 * City staff's review queues: merchants' stores (what changed, approve or reject with a
 * reason) and residents' vaccination records (certificate photo beside the doses, verify
 * or reject with a reason). The shared services tell the merchant or the resident.
 */
package jp.sapporo.vaccinepass.verifier.review;
