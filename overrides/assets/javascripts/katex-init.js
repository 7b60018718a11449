// Renders the formulas that pymdownx.arithmatex (generic mode) leaves in the page, with the
// KaTeX copy the site serves (assets/katex). Material's document$ emits on the first load and
// after each instant-navigation page change, so formulas render in both cases.
document$.subscribe(({ body }) => {
  for (const element of body.querySelectorAll(".arithmatex")) {
    renderMathInElement(element, {
      delimiters: [
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true },
      ],
    })
  }
})
