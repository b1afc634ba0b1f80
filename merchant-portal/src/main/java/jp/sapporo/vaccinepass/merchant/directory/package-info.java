/**
 * The public directory of participating stores and its open data (JSON, CSV): approved
 * stores only, without personal data.
 */
package jp.sapporo.vaccinepass.merchant.directory;
