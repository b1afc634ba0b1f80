package jp.sapporo.vaccinepass.resident;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Images made for the tests: nothing copied, nothing downloaded. */
public final class TestImages {

	private TestImages() {
	}

	public static BufferedImage drawing(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xdde4ec));
		g.fillRect(0, 0, width, height);
		// a red mark in the top-left corner shows how the image was turned
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 4, height / 4);
		g.setColor(new Color(0x556677));
		g.fillOval(width / 3, height / 4, width / 3, height / 3);
		g.dispose();
		return image;
	}

	public static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] png(int width, int height) {
		return encode(drawing(width, height), "png");
	}

	/** A format the intake does not accept. */
	public static byte[] gif() {
		return encode(drawing(480, 640), "gif");
	}

	/**
	 * A 480 × 640 WebP: a placeholder silhouette drawn for this project and converted
	 * with Debian's cwebp (the JDK has no WebP writer).
	 */
	public static byte[] webp() {
		try (var in = TestImages.class.getResourceAsStream("/images/face.webp")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] facePng() {
		return encode(drawing(480, 640), "png");
	}

	public static byte[] certificatePng() {
		return encode(drawing(800, 560), "png");
	}

	/**
	 * A JPEG as a phone stores a portrait photo: landscape pixels with EXIF orientation 6
	 * (turn 90° clockwise), a GPS tag and a camera make.
	 */
	public static byte[] phoneJpegWithExif(int width, int height) {
		byte[] jpeg = encode(drawing(width, height), "jpeg");
		byte[] exif = exifSegment();
		// insert the APP1 segment right after SOI
		byte[] out = new byte[jpeg.length + exif.length];
		out[0] = jpeg[0];
		out[1] = jpeg[1];
		System.arraycopy(exif, 0, out, 2, exif.length);
		System.arraycopy(jpeg, 2, out, 2 + exif.length, jpeg.length - 2);
		return out;
	}

	private static byte[] exifSegment() {
		byte[] tiff = exifTiff();
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		segment.put(tiff);
		return segment.array();
	}

	/**
	 * An EXIF block (TIFF, little endian): IFD0 with Make "ACME", Orientation 6 and a GPS
	 * IFD with a latitude ref.
	 */
	public static byte[] exifTiff() {
		ByteBuffer tiff = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(4).put("ACME".getBytes(StandardCharsets.US_ASCII));
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);
		tiff.putInt(0);
		tiff.position(50);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0001)
			.putShort((short) 2)
			.putInt(2)
			.put("N\0".getBytes(StandardCharsets.US_ASCII))
			.putShort((short) 0);
		tiff.putInt(0);
		return java.util.Arrays.copyOf(tiff.array(), tiff.position());
	}

	/** A valid PNG header claiming 100000 × 100000 pixels, with almost no data. */
	public static byte[] pixelFloodPng() {
		return pngHeader(100_000, 100_000);
	}

	/** A PNG that declares the given size and holds no pixel data. */
	public static byte[] pngHeader(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).order(ByteOrder.BIG_ENDIAN);
		ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		png.writeBytes(pngChunk("IHDR", ihdr.array()));
		png.writeBytes(pngChunk("IEND", new byte[0]));
		return png.toByteArray();
	}

	/** A PNG chunk: length, type, data, CRC of type and data. */
	public static byte[] pngChunk(String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).order(ByteOrder.BIG_ENDIAN);
		chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		return chunk.array();
	}

	/**
	 * A PNG decompression bomb within the pixel limit: 7000 × 7000 RGB pixels of one
	 * colour (147 MB once decoded) deflated to about 150 KB.
	 */
	public static byte[] deeplyCompressedPng() {
		int side = 7000;
		ByteBuffer ihdr = ByteBuffer.allocate(13).order(ByteOrder.BIG_ENDIAN);
		ihdr.putInt(side).putInt(side).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		try (java.util.zip.DeflaterOutputStream deflate = new java.util.zip.DeflaterOutputStream(idat,
				new java.util.zip.Deflater(9))) {
			byte[] row = new byte[1 + side * 3];
			for (int y = 0; y < side; y++) {
				deflate.write(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		png.writeBytes(pngChunk("IHDR", ihdr.array()));
		png.writeBytes(pngChunk("IDAT", idat.toByteArray()));
		png.writeBytes(pngChunk("IEND", new byte[0]));
		return png.toByteArray();
	}

	/**
	 * An extended WebP (VP8X) whose canvas claims {@code width × height}, around the
	 * pixels of {@link #webp()}.
	 */
	public static byte[] webpCanvas(int width, int height) {
		return extendedWebp(width, height, null);
	}

	/**
	 * {@link #webp()} as an extended WebP carrying {@link #exifTiff()} (orientation 6).
	 */
	public static byte[] webpWithExif() {
		return extendedWebp(480, 640, exifTiff());
	}

	private static byte[] extendedWebp(int width, int height, byte[] exif) {
		byte[] simple = webp();
		ByteBuffer vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
		vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10);
		vp8x.put((byte) ((exif != null) ? 0x08 : 0)).put(new byte[3]);
		vp8x.put(int24(width - 1)).put(int24(height - 1));
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		chunks.writeBytes(vp8x.array());
		// the image chunk of the simple file (everything after "RIFF", size, "WEBP")
		chunks.writeBytes(java.util.Arrays.copyOfRange(simple, 12, simple.length));
		if (exif != null) {
			ByteBuffer chunk = ByteBuffer.allocate(8 + exif.length + (exif.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
			chunk.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(exif.length).put(exif);
			chunks.writeBytes(chunk.array());
		}
		ByteBuffer riff = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(4 + chunks.size())
			.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(riff.array());
		out.writeBytes(chunks.toByteArray());
		return out.toByteArray();
	}

	private static byte[] int24(int value) {
		return new byte[] { (byte) value, (byte) (value >> 8), (byte) (value >> 16) };
	}

	/** A landscape PNG carrying an {@code eXIf} chunk with orientation 6. */
	public static byte[] pngWithExif(int width, int height) {
		byte[] png = png(width, height);
		// after the signature and IHDR (8 + 25 bytes), before the pixel data
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		out.writeBytes(pngChunk("eXIf", exifTiff()));
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	/** A file with another file appended: the kind of polyglot a scanner may miss. */
	public static byte[] concat(byte[] first, byte[] second) {
		byte[] out = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, out, first.length, second.length);
		return out;
	}

	/** A ZIP (or JAR) archive holding one HTML file with a script. */
	public static byte[] zip() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("payload.html"));
			zip.write("<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
