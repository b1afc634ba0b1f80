package jp.sapporo.vaccinepass.merchant.poster;

import java.time.LocalDate;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.store.MerchantStore;
import jp.sapporo.vaccinepass.db.store.MerchantStores;
import jp.sapporo.vaccinepass.db.store.PosterRecord;
import jp.sapporo.vaccinepass.db.store.StoreDetails;
import jp.sapporo.vaccinepass.merchant.MerchantPortalProperties;
import jp.sapporo.vaccinepass.web.PlatformUser;
import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of a store's working poster: PDF (A4 or A3), and the QR alone (PNG, SVG).
 * Only the owner may download; another merchant's store or poster id answers 404, and so
 * does a store without a working poster (not approved yet, or withdrawn).
 */
@Controller
class PosterController {

	private final MerchantStores stores;

	private final PosterRenderer renderer;

	private final MerchantPortalProperties properties;

	PosterController(MerchantStores stores, PosterRenderer renderer, MerchantPortalProperties properties) {
		this.stores = stores;
		this.renderer = renderer;
		this.properties = properties;
	}

	@GetMapping("/stores/{id}/poster.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id,
			@RequestParam(defaultValue = "A4") String size) {
		Working working = working(merchant, id);
		PosterSize paper = "A3".equalsIgnoreCase(size) ? PosterSize.A3 : PosterSize.A4;
		byte[] pdf = this.renderer.render(content(working), paper);
		return download(pdf, MediaType.APPLICATION_PDF, working.poster().serial() + "-" + paper + ".pdf");
	}

	@GetMapping("/posters/{posterId}.pdf")
	ResponseEntity<byte[]> pdfById(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long posterId,
			@RequestParam(defaultValue = "A4") String size) {
		PosterRecord poster = this.stores.poster(merchant.accountId(), posterId)
			.filter(PosterRecord::active)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(merchant, poster.storeId(), size);
	}

	@GetMapping("/stores/{id}/qr.png")
	ResponseEntity<byte[]> png(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id) {
		Working working = working(merchant, id);
		byte[] png = QrCodes.png(this.properties.posterUrl(working.poster().token()), 20);
		return download(png, MediaType.IMAGE_PNG, working.poster().serial() + "-qr.png");
	}

	@GetMapping("/stores/{id}/qr.svg")
	ResponseEntity<byte[]> svg(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id) {
		Working working = working(merchant, id);
		byte[] svg = QrCodes.svg(this.properties.posterUrl(working.poster().token()))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return download(svg, MediaType.valueOf("image/svg+xml"), working.poster().serial() + "-qr.svg");
	}

	private Working working(PlatformUser merchant, long storeId) {
		Optional<MerchantStore> store = this.stores.store(merchant.accountId(), storeId);
		if (store.isEmpty() || store.get().activePoster() == null || store.get().published() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Working(store.get().activePoster(), store.get().published().details());
	}

	private PosterContent content(Working working) {
		LocalDate issued = working.poster().issuedAt().atZone(PlatformWebAutoConfiguration.JAPAN).toLocalDate();
		return new PosterContent(working.details().nameJa(), working.details().nameEn(), working.details().perkJa(),
				working.details().perkEn(), this.properties.posterUrl(working.poster().token()),
				working.poster().serial(), issued);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	private record Working(PosterRecord poster, StoreDetails details) {
	}

}
