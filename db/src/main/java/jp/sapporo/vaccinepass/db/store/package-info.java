/**
 * Stores and their review lifecycle, shared by the merchant portal (merchants register,
 * change and withdraw their stores) and the verifier console (city staff approve or
 * reject a revision through {@link jp.sapporo.vaccinepass.db.store.StoreReview}). An
 * approval issues the store's poster (a new 256-bit token) and, when the name or the perk
 * changed, replaces the old one. An app switches it on with
 * {@code @Import(StoreConfiguration.class)}.
 */
package jp.sapporo.vaccinepass.db.store;
