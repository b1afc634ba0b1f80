/**
 * My page: the resident's own vaccination history.
 */
package jp.sapporo.vaccinepass.resident.mypage;
