interface KitInstructionsProps {
  text: string;
}

/** Instructions as written: blank lines start paragraphs, single line breaks (numbered lists) stay. */
export function KitInstructions({ text }: KitInstructionsProps) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className="kit-instructions">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
