// The small mark before the product name in the header: two overlapping circles, members joined in one
// foundation. Inline SVG, so it costs no request; decorative, the name next to it says what it is.
export function BrandMark() {
  return (
    <svg
      className="brand-mark"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="9" cy="12" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.25" />
      <circle cx="15" cy="12" r="6.5" fill="none" stroke="var(--lcd-color-primary)" strokeWidth="2.25" />
    </svg>
  );
}
