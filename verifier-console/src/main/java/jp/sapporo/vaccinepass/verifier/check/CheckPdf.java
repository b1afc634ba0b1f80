package jp.sapporo.vaccinepass.verifier.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import jp.sapporo.vaccinepass.verifier.check.CheckResult.TravellerResult;
import jp.sapporo.vaccinepass.verifier.check.EligibilityChecks.StoredCheck;
import jp.sapporo.vaccinepass.verifier.home.JapanTime;
import jp.sapporo.vaccinepass.verifier.programme.ProgrammeSettings;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable record of a saved check (A4), in the agent's language, with the IPAex
 * Gothic font embedded (IPA Font License v1.0, which allows redistribution; licence text
 * beside the font in {@code pdf/}).
 */
@Component
class CheckPdf {

	private final MessageSource messages;

	private final JapanTime time;

	private volatile byte[] font;

	private final ProgrammeSettings programmes;

	CheckPdf(MessageSource messages, JapanTime time, ProgrammeSettings programmes) {
		this.messages = messages;
		this.time = time;
		this.programmes = programmes;
	}

	byte[] render(StoredCheck check, CheckResult result, Locale locale) {
		try {
			BaseFont base = BaseFont.createFont("ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(),
					null);
			Font title = new Font(base, 16, Font.BOLD);
			Font heading = new Font(base, 12, Font.BOLD);
			Font body = new Font(base, 10);
			Font small = new Font(base, 9);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 40, 40, 40, 40);
			PdfWriter.getInstance(document, out);
			document.addTitle(text("pdf.title", locale));
			document.open();
			document.add(new Paragraph(text("pdf.title", locale), title));
			PdfPTable facts = new PdfPTable(new float[] { 1, 2 });
			facts.setWidthPercentage(100);
			facts.setSpacingBefore(10);
			row(facts, text("check.record.number", locale), String.valueOf(check.id()), body);
			row(facts, text("check.agency", locale), check.agencyName(), body);
			row(facts, text("check.bookingReference", locale),
					(check.bookingReference() != null) ? check.bookingReference() : "-", body);
			row(facts, text("check.programme", locale),
					this.programmes.name(check.programmeId(), locale) + " (" + result.ruleSetVersion() + ")", body);
			row(facts, text("check.tripStart", locale), String.valueOf(check.referenceDate()), body);
			row(facts, text("check.tripEnd", locale),
					(check.tripEndDate() != null) ? check.tripEndDate().toString() : "-", body);
			row(facts, text("check.status", locale), text("status." + result.status(), locale), body);
			row(facts, text("check.checkedBy", locale), check.checkedBy(), body);
			row(facts, text("check.checkedAt", locale), this.time.minutes(check.checkedAt()), body);
			row(facts, text("check.summary", locale),
					text("check.summary.count", locale, result.eligibleCount(), result.travellers().size()), body);
			document.add(facts);
			int number = 1;
			for (TravellerResult traveller : result.travellers()) {
				Paragraph name = new Paragraph(
						number++ + ". " + traveller.name() + "  —  " + text("outcome." + traveller.outcome(), locale),
						heading);
				name.setSpacingBefore(12);
				document.add(name);
				if (traveller.eligibleFrom() != null) {
					document
						.add(new Paragraph(text("check.eligibleFrom", locale) + ": " + traveller.eligibleFrom(), body));
				}
				if (traveller.validUntil() != null) {
					document.add(new Paragraph(text("check.validUntil", locale) + ": " + traveller.validUntil(), body));
				}
				for (String reason : traveller.reasons()) {
					document.add(new Paragraph("・" + reason, small));
				}
				for (String action : traveller.guidance()) {
					document.add(new Paragraph("▶ " + action, body));
				}
			}
			Paragraph note = new Paragraph(text("pdf.note", locale), small);
			note.setSpacingBefore(16);
			note.setAlignment(Element.ALIGN_LEFT);
			document.add(note);
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(PdfPTable table, String label, String value, Font font) {
		PdfPCell left = new PdfPCell(new Phrase(label, font));
		left.setPadding(4);
		table.addCell(left);
		PdfPCell right = new PdfPCell(new Phrase(value, font));
		right.setPadding(4);
		table.addCell(right);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private byte[] font() throws IOException {
		byte[] bytes = this.font;
		if (bytes == null) {
			try (InputStream in = CheckPdf.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
				bytes = in.readAllBytes();
			}
			this.font = bytes;
		}
		return bytes;
	}

}
