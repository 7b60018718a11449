"""The build's and the tests' shared code, one concern per module.

project       ROOT, LANGS, CONFIGS, PageError (bad input: names the file, the line, the fix)
localize      `# fr:` / `# en:` comments kept in the page's language
includes      `--8<--` snippet includes: checked, expanded as the build does
blocks        a page's blocks as the reader sees them, with their expected output
kernel        runs the blocks as notebook cells in a fresh Jupyter kernel
figures       the figures a page shows, made by running its blocks
notebooks     each page's downloadable notebook and its button
page_notes    skip notes above blocks, the tested-with line under every page
printing      the print page and the compact printable cheat sheet
measured      `make bench` figures put into the pages
translations  both languages have the same pages
search        stemmed search (Material's worker imports ours)
glance        the quick reference ("At a glance" cards) every section page opens with
formulas      KaTeX rendering of the formulas at build time
codeblocks    `pytest --codeblocks docs/...`: one test item per block
"""
