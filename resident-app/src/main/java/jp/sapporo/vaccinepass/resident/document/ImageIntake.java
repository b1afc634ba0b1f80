package jp.sapporo.vaccinepass.resident.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import jp.sapporo.vaccinepass.resident.document.ImageRejectedException.Reason;

import org.springframework.stereotype.Component;

/**
 * Turns an uploaded photo into a safe JPEG: the format is recognised from the content,
 * the file's structure is walked (a truncated file or one with another file appended is
 * refused), the dimensions are read from the header before any pixel is decoded (so a
 * small file announcing a huge image is refused), large images are decoded subsampled
 * (bounded memory), the EXIF orientation (JPEG, PNG {@code eXIf}, WebP {@code EXIF}) is
 * applied, and the result is re-encoded without any metadata (EXIF, GPS, ICC, comments).
 */
@Component
public class ImageIntake {

	/** Largest file accepted. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_SIDE = 12_000;

	static final long MAX_PIXELS = 50_000_000L;

	/** Above this many pixels, a file must hold a byte for every 100 pixels at least. */
	static final long BOMB_MIN_PIXELS = 4_000_000L;

	static final long BOMB_PIXELS_PER_BYTE = 100;

	private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");

	static {
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
	}

	/**
	 * A face photo: at least 240 × 320 pixels, cropped to a 3:4 portrait and scaled to at
	 * most 600 × 800.
	 * @param bytes the upload
	 * @return the JPEG
	 * @throws ImageRejectedException when refused
	 */
	public ProcessedImage facePhoto(byte[] bytes) throws ImageRejectedException {
		BufferedImage image = decode(bytes, new Size(240, 240), new Size(800, 800));
		if (Math.min(image.getWidth(), image.getHeight()) < 240
				|| Math.max(image.getWidth(), image.getHeight()) < 320) {
			throw new ImageRejectedException(Reason.TOO_SMALL);
		}
		BufferedImage portrait = cropToPortrait(image);
		return encode(scaleToFit(portrait, 600, 800));
	}

	/**
	 * A certificate photo: at least 480 pixels on the long side, scaled to at most 2000.
	 * @param bytes the upload
	 * @return the JPEG
	 * @throws ImageRejectedException when refused
	 */
	public ProcessedImage certificate(byte[] bytes) throws ImageRejectedException {
		BufferedImage image = decode(bytes, new Size(320, 480), new Size(1, 2000));
		return encode(scaleToFit(image, 2000, 2000));
	}

	private BufferedImage decode(byte[] bytes, Size min, Size keep) throws ImageRejectedException {
		if (bytes == null || bytes.length == 0) {
			throw new ImageRejectedException(Reason.EMPTY);
		}
		if (bytes.length > MAX_BYTES) {
			throw new ImageRejectedException(Reason.TOO_LARGE);
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = reader(input);
			String format = reader.getFormatName().toLowerCase(Locale.ROOT);
			try {
				checkStructure(bytes, format);
				reader.setInput(input, true, true);
				int width;
				int height;
				try {
					// the header only: no pixel is decoded yet
					width = reader.getWidth(0);
					height = reader.getHeight(0);
				}
				catch (IOException | RuntimeException ex) {
					throw new ImageRejectedException(Reason.DAMAGED);
				}
				checkDimensions(width, height, bytes.length, min);
				BufferedImage image;
				try {
					ImageReadParam param = reader.getDefaultReadParam();
					// decode every n-th pixel when the result is scaled down anyway:
					// memory
					// stays bounded whatever size the header announces
					int step = Math.max(1, Math.min(Math.min(width, height) / keep.shortSide(),
							Math.max(width, height) / keep.longSide()));
					param.setSourceSubsampling(step, step, 0, 0);
					image = reader.read(0, param);
				}
				catch (IOException | RuntimeException ex) {
					throw new ImageRejectedException(Reason.DAMAGED);
				}
				int orientation = "jpeg".equals(format) ? ExifOrientation.read(bytes)
						: ExifOrientation.readTiff(ImageFile.exif(bytes, format));
				return toRgb(orient(image, orientation));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new ImageRejectedException(Reason.DAMAGED);
		}
	}

	/** The decoder for the content (never the file name); JPEG, PNG and WebP only. */
	private static ImageReader reader(ImageInputStream input) throws ImageRejectedException, IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		while (readers.hasNext()) {
			ImageReader candidate = readers.next();
			if (FORMATS.contains(candidate.getFormatName().toLowerCase(Locale.ROOT))) {
				return candidate;
			}
		}
		throw new ImageRejectedException(Reason.NOT_AN_IMAGE);
	}

	private static void checkStructure(byte[] bytes, String format) throws ImageRejectedException {
		switch (ImageFile.structure(bytes, format)) {
			case TRUNCATED -> throw new ImageRejectedException(Reason.DAMAGED);
			// a polyglot: e.g. a JPEG with a ZIP, HTML or script appended
			case TRAILING_DATA -> throw new ImageRejectedException(Reason.HIDDEN_DATA);
			case WHOLE -> {
			}
		}
	}

	private static void checkDimensions(int width, int height, int fileBytes, Size min) throws ImageRejectedException {
		long pixels = (long) width * height;
		if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || pixels > MAX_PIXELS) {
			throw new ImageRejectedException(Reason.TOO_MANY_PIXELS);
		}
		// a photo of millions of pixels takes at least a byte per few pixels; far fewer
		// bytes mean a decompression bomb (e.g. a PNG of one colour)
		if (pixels > BOMB_MIN_PIXELS && pixels > BOMB_PIXELS_PER_BYTE * fileBytes) {
			throw new ImageRejectedException(Reason.TOO_COMPRESSED);
		}
		if (Math.min(width, height) < min.shortSide() || Math.max(width, height) < min.longSide()) {
			throw new ImageRejectedException(Reason.TOO_SMALL);
		}
	}

	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> {
				t.translate(w, 0);
				t.scale(-1, 1);
			}
			case 3 -> {
				t.translate(w, h);
				t.rotate(Math.PI);
			}
			case 4 -> {
				t.translate(0, h);
				t.scale(1, -1);
			}
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> {
				t.translate(h, 0);
				t.rotate(Math.PI / 2);
			}
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			case 8 -> {
				t.translate(0, w);
				t.rotate(3 * Math.PI / 2);
			}
			default -> {
			}
		}
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, t, null);
		g.dispose();
		return out;
	}

	private static BufferedImage toRgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		// transparent pixels (PNG, WebP) become white, not black
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return rgb;
	}

	/** The largest 3:4 portrait, centred across and a little above the middle (faces). */
	static BufferedImage cropToPortrait(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		int cropW = w;
		int cropH = w * 4 / 3;
		if (cropH > h) {
			cropH = h;
			cropW = h * 3 / 4;
		}
		int x = (w - cropW) / 2;
		int y = Math.max(0, Math.min(h - cropH, (h - cropH) / 3));
		return image.getSubimage(x, y, cropW, cropH);
	}

	private static BufferedImage scaleToFit(BufferedImage image, int maxW, int maxH) {
		double scale = Math.min(1.0, Math.min((double) maxW / image.getWidth(), (double) maxH / image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	private static ProcessedImage encode(BufferedImage image) {
		// the JDK's own JPEG writer, with no metadata passed: the output carries only
		// JFIF
		ImageWriter writer = null;
		for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext();) {
			ImageWriter candidate = it.next();
			if (candidate.getClass().getName().startsWith("com.sun.")) {
				writer = candidate;
				break;
			}
			if (writer == null) {
				writer = candidate;
			}
		}
		if (writer == null) {
			throw new IllegalStateException("No JPEG writer");
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
			stream.flush();
			return new ProcessedImage(out.toByteArray(), image.getWidth(), image.getHeight());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not encode a JPEG", ex);
		}
		finally {
			writer.dispose();
		}
	}

	/** A pair of minimum sides, in pixels. */
	private record Size(int shortSide, int longSide) {
	}

}
