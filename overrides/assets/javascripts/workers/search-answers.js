// The site's search engine: MiniSearch (BM25, fields, prefix and typo tolerance) over the
// entries of Material's index, answering Material's search box in its worker's own messages.
// cheatsheet/search.py puts importScripts("minisearch.js", "search-answers.js") at the top of
// Material's worker, so this listener runs first and stops Material's lunr search from running.
//
// Why not lunr: on the 458 questions of tests/questions.toml, with the same index (before the
// pages' keywords), Material's lunr put the answering page first for 67 % (fr) and 76 % (en) of
// them, MiniSearch for 87 % and 90 %; with the keywords, lunr 79 % and 86 %, MiniSearch 99 %.
// Material builds lunr with no length normalisation, so a long section holding each word of a
// question once outranked the card that answers it; MiniSearch scores with BM25 per field.
// The index is Material's, plus, on each card, the one-line answers that link to it and the
// page's `keywords:` for it (the `answers` field), and each page's `synonyms`
// (cheatsheet/search.py).
;(() => {
  // Material's worker protocol (src/.../search/worker/message): SETUP, READY, QUERY, RESULT
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

  // Weights chosen by measuring on tests/questions.toml (benchmarks/search_questions.py).
  const FIELDS = ["title", "answers", "synonyms", "text"]
  const BOOST = { title: 3, answers: 3, synonyms: 2, text: 1 }
  const TITLE = 1.5 // an entry whose title holds every word asked
  const PAGE_TITLE = 3 // a page whose title or synonyms hold them
  const PHRASE = 4 // an entry holding the question as typed (a pasted error message)
  const DECAY = 0.7 // a page's next best entry counts this much of the one before
  const SHOWN = 3 // entries shown for each page; Material folds the others
  const KEPT = 8 // entries listed for each page at most, shown and folded
  const FLOOR = 0.02 // entries scoring less than this share of the best one are left out
  // Words of a question that say nothing of its subject ("how do I ...", "comment ...").
  const QUESTION = {
    en: "how do does did i can get use using what why when which vs versus difference between way " +
      "work works mean means",
    fr: "comment faire fait fais quoi pourquoi quand quel quelle quels quelles différence " +
      "différences entre vs versus est-ce peut peux utiliser obtenir",
  }
  const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/
  const ACCENTS = /[\u0300-\u036f]/g
  const fold = word => word.normalize("NFD").replace(ACCENTS, "")
  // HTML of Material's index entries to text: tags out, entities in.
  const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " }
  const plain = html => (html || "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name) => ENTITIES[name])

  // Words of a text, identifiers included: `pivot_table` gives pivot and table,
  // `MultiheadAttention` gives multiheadattention, multihead and attention.
  function words(text) {
    const found = []
    for (const word of text.split(/[^\p{L}\p{N}'’]+/u)) {
      if (!word) continue
      const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u)
      found.push(word.replace(/^['’]+|['’]+$/g, ""))
      if (parts.length > 1) found.push(...parts)
    }
    return found.filter(Boolean)
  }

  function language(lang) {
    const lunr = globalThis.lunr
    const stemmer = lang === "fr" ? lunr.fr.stemmer : lunr.stemmer
    const stopWords = lang === "fr" ? lunr.fr.stopWordFilter : lunr.stopWordFilter
    const question = new Set((QUESTION[lang] ?? QUESTION.en).split(" "))
    const isStop = word => question.has(word) || !stopWords(new lunr.Token(word))
    // British and American spellings meet: normalise, normalize -> normaliz
    const spelling = lang === "en"
      ? word => word.replace(/(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1")
      : word => word
    const stem = word => stemmer(new lunr.Token(spelling(word))).toString()
    // A word of a query to the form the index keeps: lower case, no elision, no stop word,
    // stemmed in the page's language (words with digits as they are), no accents. Typed
    // without its accents, a word stems otherwise ("probabilites" -> probabilit, not probabl):
    // the index keeps that form too (forms, below).
    const term = word => {
      const lower = word.toLowerCase().replace(ELISION, "")
      if (!lower || isStop(lower)) return null
      return /\d/.test(lower) ? fold(lower) : fold(stem(lower))
    }
    const forms = word => {
      const form = term(word)
      if (!form || /\d/.test(form)) return form
      const bare = stem(fold(word.toLowerCase().replace(ELISION, "")))
      return bare === form ? form : [form, bare]
    }
    return { term, forms }
  }

  function build({ config, docs }) {
    const lang = config.lang[0]
    const { term, forms } = language(lang)
    const byLocation = new Map(docs.map(doc => [doc.location, doc]))
    // How rare each term is: a result that misses a rare word of the question ("broadcasting")
    // loses more than one that misses a common one ("work"). Counted while MiniSearch indexes:
    // it reads each document's fields in turn, through extractField, then processTerm.
    const seen = new Map()
    let reading = null, inDoc = new Set()
    const counted = word => {
      const found = forms(word)
      for (const form of [].concat(found ?? []))
        if (!inDoc.has(form)) inDoc.add(form), seen.set(form, (seen.get(form) ?? 0) + 1)
      return found
    }
    const engine = new MiniSearch({
      idField: "location",
      fields: FIELDS,
      tokenize: words,
      processTerm: counted,
      extractField: (doc, field) => {
        if (doc !== reading) reading = doc, inDoc = new Set()
        return field === "location" ? doc.location : plain(doc[field])
      },
      searchOptions: {
        processTerm: term,
        boost: BOOST,
        prefix: (word, i, all) => i === all.length - 1 && word.length >= 3,
        weights: { fuzzy: 0.3, prefix: 0.4 },
      },
    })
    engine.addAll(docs)
    const rarity = form => Math.log(1 + docs.length / (seen.get(form) ?? 1))
    const phrases = new Map(docs.map(doc => [doc.location, flat(plain(`${doc.title} ${doc.text}`))]))
    // A page's own entry is named by its title and its synonyms too.
    const named = doc => `${doc.title} ${doc.location.includes("#") ? "" : doc.synonyms ?? ""}`
    const titles = new Map(docs.map(doc => [doc.location, new Set(words(plain(named(doc))).flatMap(forms))]))
    // One slip forgiven in a word of five letters or more that no entry has (a typo): looking
    // for near words costs, and a word the index has is not a slip.
    const fuzzy = form => form.length >= 5 && !seen.has(form) ? 1 : false
    return { engine, term, byLocation, phrases, rarity, titles, fuzzy }
  }

  const flat = text => fold(text.toLowerCase()).replace(/\s+/g, " ")

  // Material's result: one list per page, its entries best first, the page's own entry in it.
  function search({ engine, term, byLocation, phrases, rarity, titles, fuzzy }, query) {
    query = query.slice(0, 200).trim()
    const asked = [...new Set(words(query).map(term).filter(Boolean))]
    if (!asked.length) return { items: [] }
    // A pasted error message: its text, without the exception's name, as one phrase.
    const phrase = flat(query.replace(/^\w+(Error|Exception|Warning):\s*/, "").replace(/^["']|["']$/g, ""))
    // Nothing for the words as typed: the closest words (two slips, any prefix) before nothing.
    let hits = engine.search(query, { fuzzy })
    if (!hits.length) hits = engine.search(query, { fuzzy: 0.34, prefix: true })
    const total = asked.reduce((sum, form) => sum + rarity(form), 0)
    const scored = hits.map(hit => {
      const covered = [...new Set(hit.queryTerms)].reduce((sum, f) => sum + rarity(f), 0) / total
      let score = hit.score * covered ** 2
      if (phrase.length >= 12 && phrases.get(hit.id).includes(phrase)) score *= PHRASE
      // An entry whose title holds every word asked is about it; a page's own entry most of all.
      if (asked.every(form => titles.get(hit.id).has(form)))
        score *= hit.id.includes("#") ? TITLE : PAGE_TITLE
      return { hit, score }
    }).sort((a, b) => b.score - a.score)
    const floor = (scored[0]?.score ?? 0) * FLOOR
    const typed = query.split(/[^\p{L}\p{N}_'’]+/u)
      .map(word => [word.toLowerCase(), words(word).map(term).filter(Boolean)])
      .filter(([, forms]) => forms.length)

    const pages = new Map()
    for (const { hit, score } of scored) {
      const page = hit.id.split("#")[0]
      if (score < floor || pages.get(page)?.length >= KEPT) continue
      if (!pages.has(page)) pages.set(page, [])
      // Each word as typed, and whether this entry has it (Material lists the missing ones).
      const matched = new Set(hit.queryTerms)
      const terms = Object.fromEntries(typed.map(([word, forms]) => [word, forms.some(f => matched.has(f))]))
      pages.get(page).push({ ...byLocation.get(hit.id), score, terms })
    }
    // A page ranks by its best entries, each worth DECAY times the one before: the page that
    // answers with several sections comes before one that mentions the words once.
    const weight = entries => entries.reduce((sum, e, i) => sum + e.score * DECAY ** i, 0)
    const items = [...pages.entries()]
      .map(([page, entries]) => ({ page, entries, weight: weight(entries) }))
      .sort((a, b) => b.weight - a.weight)
      .map(({ page, entries }) => {
        // Material shows the entries that score as high as a page's first and folds the others:
        // the SHOWN best ones get that score.
        const top = entries[0].score
        entries.slice(0, SHOWN).forEach(entry => { entry.score = top })
        if (!entries.some(entry => entry.location === page) && byLocation.has(page))
          entries.push({ ...byLocation.get(page), score: 0, terms: {} })
        return entries
      })
    return { items }
  }

  if (typeof module === "object") module.exports = { build, search, words }
  if (typeof WorkerGlobalScope === "undefined") return

  let index
  self.addEventListener("message", event => {
    const { type, data } = event.data
    if (type !== SETUP && type !== QUERY) return
    event.stopImmediatePropagation() // Material's lunr handler, registered after this one
    if (type === SETUP) {
      if (data.config.lang[0] !== "en")
        importScripts(
          "../lunr/min/lunr.stemmer.support.min.js",
          `../lunr/min/lunr.${data.config.lang[0]}.min.js`,
        )
      index = build(data)
      postMessage({ type: READY })
    } else {
      postMessage({ type: RESULT, data: index ? search(index, data) : { items: [] } })
    }
  })
})()
