/**
 * My page: the vaccination history without a scan (with the seed's warning), the
 * resident's own scans, the inbox, downloading all own data and deleting the account.
 */
package jp.sapporo.vaccinepass.resident.mypage;
