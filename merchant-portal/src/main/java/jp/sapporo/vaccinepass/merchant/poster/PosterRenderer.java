package jp.sapporo.vaccinepass.merchant.poster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws a store's poster: black on white so it prints on any office printer, the store
 * name and perk large, the QR code drawn as vectors (about 9.5 cm wide on A4, 13.4 cm on
 * A3), short instructions for customers and staff in Japanese and English, the issue date
 * and the serial. The fonts are embedded as subsets, so any viewer shows the Japanese
 * text. Thread-safe: one instance serves all requests.
 */
public class PosterRenderer {

	private static final float MM = 72f / 25.4f;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ISO_LOCAL_DATE;

	/**
	 * The IPAex Gothic font shipped with the app (IPA Font License v1.0: redistribution
	 * and embedding allowed).
	 */
	public static final String BUNDLED_FONT = "fonts/ipaexg.ttf";

	private final BaseFont regular;

	/**
	 * A renderer with the font shipped with the app.
	 */
	public PosterRenderer() {
		this(readBundledFont());
	}

	/**
	 * A renderer with a TrueType font (glyph outlines, so the subset stays small).
	 * @param ttf the font file's bytes
	 */
	public PosterRenderer(byte[] ttf) {
		try {
			this.regular = BaseFont.createFont("poster.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the poster font", ex);
		}
		this.regular.setSubset(true);
	}

	private static byte[] readBundledFont() {
		try (var in = PosterRenderer.class.getClassLoader().getResourceAsStream(BUNDLED_FONT)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + BUNDLED_FONT);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Render a poster.
	 * @param content what it shows
	 * @param size the paper size
	 * @return the PDF
	 */
	public byte[] render(PosterContent content, PosterSize size) {
		Rectangle page = size.page();
		// everything is laid out for A4 and scaled for A3
		float k = page.getWidth() / com.lowagie.text.PageSize.A4.getWidth();
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(page, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCompressionLevel(9);
		document.addTitle(content.storeNameJa() + " — ワクチン・パス ポスター " + content.serial());
		document.open();
		PdfContentByte canvas = writer.getDirectContent();
		float width = page.getWidth();
		float height = page.getHeight();
		float margin = 14 * MM * k;
		float inner = width - 2 * margin;

		// header band: what this poster is
		float bandHeight = 26 * MM * k;
		canvas.setGrayFill(0f);
		canvas.rectangle(0, height - bandHeight, width, bandHeight);
		canvas.fill();
		canvas.setGrayFill(1f);
		canvas.setGrayStroke(1f);
		text(canvas, "ワクチン・パス 参加店", true, 24 * k, width / 2, height - 13 * MM * k, Element.ALIGN_CENTER);
		text(canvas, "Vaccine Pass participating store — 札幌圏", false, 12 * k, width / 2, height - 21 * MM * k,
				Element.ALIGN_CENTER);
		canvas.setGrayFill(0f);
		canvas.setGrayStroke(0f);

		// the store name and the perk, wrapped within the margins
		float y = height - bandHeight - 8 * MM * k;
		y = block(canvas, content.storeNameJa(), true, 30 * k, margin, y, inner);
		if (content.storeNameEn() != null) {
			y = block(canvas, content.storeNameEn(), false, 15 * k, margin, y, inner);
		}
		y -= 3 * MM * k;
		y = block(canvas, "特典: " + content.perkJa(), true, 19 * k, margin, y, inner);
		if (content.perkEn() != null) {
			y = block(canvas, "Perk: " + content.perkEn(), false, 13 * k, margin, y, inner);
		}

		// the QR code, as large as the space allows but at least 95 mm on A4
		float footer = 62 * MM * k;
		float qrSize = Math.max(95 * MM * k, Math.min(110 * MM * k, y - footer - 12 * MM * k));
		float qrTop = y - 5 * MM * k;
		qr(canvas, content.url(), (width - qrSize) / 2, qrTop - qrSize, qrSize);
		text(canvas, content.url(), false, 8 * k, width / 2, qrTop - qrSize - 5 * MM * k, Element.ALIGN_CENTER);

		// instructions for customers and for staff, side by side
		float columnWidth = (inner - 8 * MM * k) / 2;
		float top = footer - 2 * MM * k;
		column(canvas, margin, top, columnWidth, "お客様へ / For customers",
				"スマートフォンでQRコードを読み取り、ワクチン・パスにログインして、表示された画面をスタッフに見せてください。",
				"Scan the QR code with your phone, log in to the Vaccine Pass and show the screen to the staff.", k);
		column(canvas, margin + columnWidth + 8 * MM * k, top, columnWidth, "スタッフの方へ / For staff",
				"画面の店舗名がこの店であること、顔写真がご本人であること、読み取り時刻が数分以内であることを確認してください。",
				"Check that the screen shows this store's name, that the face photo matches the customer, "
						+ "and that the scan time is within the last few minutes.",
				k);

		// issue date and serial
		canvas.setLineWidth(0.5f * k);
		canvas.moveTo(margin, 12 * MM * k);
		canvas.lineTo(width - margin, 12 * MM * k);
		canvas.stroke();
		text(canvas, "発行日 Issued: " + DATE.format(content.issuedOn()) + " (" + DATE_EN.format(content.issuedOn()) + ")",
				false, 9 * k, margin, 7 * MM * k, Element.ALIGN_LEFT);
		text(canvas, "ポスター番号 Serial: " + content.serial(), false, 9 * k, width - margin, 7 * MM * k,
				Element.ALIGN_RIGHT);
		document.close();
		return out.toByteArray();
	}

	private void text(PdfContentByte canvas, String text, boolean heavy, float size, float x, float y, int align) {
		canvas.beginText();
		canvas.setTextRenderingMode(
				heavy ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE : PdfContentByte.TEXT_RENDER_MODE_FILL);
		if (heavy) {
			canvas.setLineWidth(size / 30);
		}
		canvas.setFontAndSize(this.regular, size);
		canvas.showTextAligned(align, text, x, y, 0);
		canvas.endText();
	}

	private float block(PdfContentByte canvas, String text, boolean heavy, float size, float x, float top,
			float width) {
		ColumnText column = new ColumnText(canvas);
		Paragraph paragraph = new Paragraph(size * 1.3f, chunk(text, heavy, size));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		column.setSimpleColumn(x, 0, x + width, top);
		column.addElement(paragraph);
		column.go();
		return column.getYLine() - size * 0.3f;
	}

	private void column(PdfContentByte canvas, float x, float top, float width, String heading, String ja, String en,
			float k) {
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(x, 14 * MM * k, x + width, top);
		column.addElement(new Paragraph(13 * k * 1.3f, chunk(heading, true, 13 * k)));
		Paragraph japanese = new Paragraph(10.5f * k * 1.45f, ja, new Font(this.regular, 10.5f * k));
		japanese.setSpacingBefore(2 * k);
		column.addElement(japanese);
		Paragraph english = new Paragraph(9.5f * k * 1.35f, en, new Font(this.regular, 9.5f * k));
		english.setSpacingBefore(3 * k);
		column.addElement(english);
		column.go();
		canvas.setLineWidth(1f * k);
		canvas.rectangle(x - 2 * MM * k, 13 * MM * k + 2 * MM * k, width + 4 * MM * k, top - 15 * MM * k);
		canvas.stroke();
	}

	private Chunk chunk(String text, boolean heavy, float size) {
		Chunk chunk = new Chunk(text, new Font(this.regular, size));
		if (heavy) {
			chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30, java.awt.Color.BLACK);
		}
		return chunk;
	}

	/** The QR code as filled rectangles: sharp at any print size and a few KB. */
	private static void qr(PdfContentByte canvas, String url, float x, float y, float size) {
		BitMatrix matrix = QrCodes.matrix(url);
		int modules = matrix.getWidth();
		float module = size / (modules + 2 * QrCodes.QUIET_ZONE);
		float originX = x + QrCodes.QUIET_ZONE * module;
		float originTop = y + size - QrCodes.QUIET_ZONE * module;
		canvas.setGrayFill(0f);
		for (int row = 0; row < modules; row++) {
			int col = 0;
			while (col < modules) {
				if (!matrix.get(col, row)) {
					col++;
					continue;
				}
				int start = col;
				while (col < modules && matrix.get(col, row)) {
					col++;
				}
				// a hair of overlap so that viewers draw no white seams between modules
				canvas.rectangle(originX + start * module, originTop - (row + 1) * module, (col - start) * module,
						module + 0.05f);
			}
		}
		canvas.fill();
	}

}
