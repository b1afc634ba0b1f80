package jp.sapporo.vaccinepass.resident.document;

/**
 * A re-encoded JPEG without metadata.
 *
 * @param jpeg the bytes
 * @param width width in pixels
 * @param height height in pixels
 */
public record ProcessedImage(byte[] jpeg, int width, int height) {
}
