/**
 * Store posters: A4 and A3 PDFs with the store's QR code, and the QR alone as PNG and
 * SVG.
 */
package jp.sapporo.vaccinepass.merchant.poster;
