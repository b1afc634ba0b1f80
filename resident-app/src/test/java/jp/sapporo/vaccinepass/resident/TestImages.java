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
		// TIFF, little endian: IFD0 with Make, Orientation=6 and a GPS IFD pointer; GPS
		// IFD with a latitude ref
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
		int tiffLength = tiff.position();
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiffLength).order(ByteOrder.BIG_ENDIAN);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffLength));
		segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		segment.put(tiff.array(), 0, tiffLength);
		return segment.array();
	}

	/** A valid PNG header claiming 100000 × 100000 pixels, with almost no data. */
	public static byte[] pixelFloodPng() {
		ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12).order(ByteOrder.BIG_ENDIAN);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		png.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII));
		int crcStart = png.position() - 4;
		png.putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(png.array(), crcStart, 17);
		png.putInt((int) crc.getValue());
		png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
		return png.array();
	}

}
