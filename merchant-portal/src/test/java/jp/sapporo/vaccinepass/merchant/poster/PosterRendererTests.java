package jp.sapporo.vaccinepass.merchant.poster;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Posters as printed: the QR decodes to the store's URL, the text is extractable. */
class PosterRendererTests {

	private static final PosterRenderer renderer = new PosterRenderer();

	private final PosterContent content = new PosterContent("すすきのラーメン横丁 北斗", "Susukino Ramen Hokuto", "味付け玉子 1個サービス",
			"A free seasoned egg", "http://localhost:8082/s/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE", "P-000001-02",
			LocalDate.of(2026, 11, 22));

	@Test
	void theA4PosterQrDecodesToTheStoreUrlAtOfficePrinterResolution() throws Exception {
		byte[] pdf = renderer.render(this.content, PosterSize.A4);
		assertThat(PosterFiles.decodeQr(pdf, 100)).isEqualTo(this.content.url());
	}

	@Test
	void theA3PosterQrDecodesToo() throws Exception {
		byte[] pdf = renderer.render(this.content, PosterSize.A3);
		assertThat(PosterFiles.decodeQr(pdf, 72)).isEqualTo(this.content.url());
	}

	@Test
	void thePosterTextHoldsStoreNamePerkInstructionsDateAndSerial() throws Exception {
		String text = PosterFiles.text(renderer.render(this.content, PosterSize.A4));
		assertThat(text).contains("すすきのラーメン横丁 北斗", "Susukino Ramen Hokuto", "味付け玉子 1個サービス", "A free seasoned egg",
				"P-000001-02", "2026年11月22日", "お客様へ", "For staff", "顔写真");
	}

	@Test
	void theJapaneseFontIsEmbeddedAsASubset() throws Exception {
		String fonts = PosterFiles.fonts(renderer.render(this.content, PosterSize.A4));
		// pdffonts marks embedded ("emb") and subset ("sub") fonts with yes; subset names
		// carry a "ABCDEF+" tag
		assertThat(fonts).containsPattern("[A-Z]{6}\\+IPAexGothic");
		assertThat(fonts.lines().filter((line) -> line.contains("IPAexGothic")))
			.allSatisfy((line) -> assertThat(line).containsPattern("yes\\s+yes"));
	}

	@Test
	void theA4PosterStaysSmall() {
		assertThat(renderer.render(this.content, PosterSize.A4).length).isLessThan(200 * 1024);
	}

	@Test
	void theQrAloneAsPngDecodes() throws Exception {
		byte[] png = QrCodes.png(this.content.url(), 8);
		assertThat(PosterFiles.decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(this.content.url());
	}

	@Test
	void theQrAloneAsSvgIsOnePathWithAQuietZone() {
		String svg = QrCodes.svg(this.content.url());
		assertThat(svg).startsWith("<?xml").contains("<svg", "viewBox=\"0 0 ").containsOnlyOnce("<path");
	}

}
