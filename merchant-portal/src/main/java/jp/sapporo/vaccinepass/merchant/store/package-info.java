/**
 * A merchant's stores: register, edit, submit for review, withdraw; the store page with
 * its state, next step, history and posters.
 */
package jp.sapporo.vaccinepass.merchant.store;
