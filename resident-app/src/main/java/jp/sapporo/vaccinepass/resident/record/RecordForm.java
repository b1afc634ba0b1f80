package jp.sapporo.vaccinepass.resident.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** What the record page posts: the certificate kind and up to four doses. */
class RecordForm {

	static final int ROWS = 4;

	private String certificateKind;

	private List<DoseForm> doses = new ArrayList<>();

	RecordForm() {
		for (int i = 0; i < ROWS; i++) {
			this.doses.add(new DoseForm());
		}
	}

	public String getCertificateKind() {
		return this.certificateKind;
	}

	public void setCertificateKind(String certificateKind) {
		this.certificateKind = certificateKind;
	}

	public List<DoseForm> getDoses() {
		return this.doses;
	}

	public void setDoses(List<DoseForm> doses) {
		this.doses = doses;
	}

	/** One dose row; an empty row is ignored. */
	public static class DoseForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;

		private String product;

		private String lot;

		boolean empty() {
			return this.date == null && (this.product == null || this.product.isBlank())
					&& (this.lot == null || this.lot.isBlank());
		}

		public LocalDate getDate() {
			return this.date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public String getProduct() {
			return this.product;
		}

		public void setProduct(String product) {
			this.product = product;
		}

		public String getLot() {
			return this.lot;
		}

		public void setLot(String lot) {
			this.lot = lot;
		}

	}

}
