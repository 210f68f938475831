"""Write the brief for each helper that drafts a fixture set: tools/fixture-brief.md with the set's six themes.

    python tools/fixture_briefs.py OUTDIR 167 168 ...   # OUTDIR/helper-rt167.md, ...

Each helper is told to write 24 articles (six themes in de, en, es, fr) with their gold claims, without reading the
extractor, the tests or other fixtures. THEMES keeps the themes of the sets drafted since this script was kept here.
"""

import sys
from pathlib import Path

THEMES = {
    167: [
        "a notice that a company withdraws a model after a bug and names the replacement and older versions with their sizes",
        "a 'by the numbers' box: short lines that start with the figure ('405 billion: parameters in ...'), mixed with non-size figures",
        "court testimony transcript (Q./A.) where sizes are spoken in words ('seventy billion', 'about half a trillion')",
        "a comparison table as pipe-separated text rows (Model | Maker | Total params | Active params | Licence) plus a short commentary",
        "a startup's product changelog by version (v1.0, v1.2, v2.0 ...) with the model size of each release",
        "the timeline of one invented model from first leak to rumour to official launch, dated entries, figures changing over time",
    ],
    168: [
        "a newsletter of short bullet items, one model each, some with slash notation ('in 7B/70B sizes')",
        "conference poster summaries written by the authors in first person ('We train a 1.3B-parameter model ...')",
        "an investor letter with outside estimates of competitors' undisclosed model sizes, each credited to an analyst or firm",
        "a live blog of a keynote with timestamps ('14:05 —'), announcements of sizes, a slide quoted, a follow-up correction",
        "a how-to on running models locally with memory requirements (GB, quantisation bits) beside model sizes",
        "an interview where a CEO declines to give sizes while the journalist cites published reports and rumours",
    ],
    169: [
        "a public procurement report listing the bids, each naming a model with its size in parentheses",
        "a farewell to a retired model family with the history of its versions and sizes",
        "an explainer on mixture-of-experts with several models' total and active counts (real ones like Mixtral, DeepSeek-V3, Grok-1 and invented ones)",
        "a reconstructed social-media leak thread (numbered posts '1/', '2/'), rumoured sizes, a denial, a reply",
        "a podcast transcript with speakers and loose approximations ('north of', 'give or take', 'a bit under')",
        "regional news about a company's model for a regional language, with ranges ('between 2 and 9 billion')",
    ],
    170: [
        "a company press release with forward-looking statements and legal boilerplate (planned sizes, current sizes)",
        "a fact-check with verdict labels quoting wrong figures that circulate and giving the correct ones",
        "a leaderboard write-up with ranks, scores and sizes in parentheses after names ('Orlo-2 (32B)')",
        "a hardware review of a phone or laptop running on-device models ('a 3-billion-parameter version of ...')",
        "a review of a book on AI history naming historical models and their sizes (GPT-2, GPT-3, PaLM, Chinchilla ...)",
        "a readers' questions column with hypothetical sizes (not claims) beside real facts",
    ],
    171: [
        "acquisition news: the acquired lab's models and the buyer's own, with sizes",
        "a city tender for a chatbot: size limits as requirements (not claims), then the bidders' models and their sizes",
        "a roundup of distillation papers ('a 70B teacher distilled into an 8B student'), several models per sentence",
        "an op-ed on size inflation with comparisons and multiples ('ten times larger than ...') beside stated figures",
        "a month-by-month year in review of model releases",
        "a labour story around a leaked internal memo mentioning an upcoming model's size, with company reaction",
    ],
    172: [
        "a model card excerpt with 'Key: value' lines (Parameters, Active parameters, Layers, Context length, Vocabulary)",
        "news about a very large model written with trillions ('1T', 'one trillion', '1,000 billion' in the local convention)",
        "a radio interview transcript with fillers and self-corrections mid-sentence ('seventy, no, seventy-two billion')",
        "an article full of vague magnitudes ('just under 8 billion', 'more than 100 billion', 'some 20-odd billion')",
        "a comparison of speech, image and music models and their sizes (invented ones; real only if certain)",
        "a court ruling summary in a licensing dispute citing sizes from the parties' filings",
    ],
    173: [
        "an earnings call transcript of a chip company that names customers' models and sizes",
        "a travel or tourism story in a non-tech outlet where an assistant's model size is mentioned in passing",
        "a school project story: pupils train a tiny model ('15 million parameters') compared with big ones",
        "a numbered rumour roundup with likelihood ratings for each rumour",
        "a corrections and clarifications column with several unrelated entries",
        "an explainer on model names whose numbers are not sizes (GPT-4o, Llama 3.1, 8x7B, A3B suffixes) beside real sizes",
    ],
    174: [
        "a live blog of a product launch abroad with several speakers and an interpreter",
        "a data-journalism piece on a compiled list of models (median size, a few named examples with sizes)",
        "a profile of a researcher whose career passed through several models (with their sizes)",
        "consumer advice on which assistant apps run which models, with sizes",
        "a climate piece on training energy and emissions beside model sizes",
        "an article quoting foreign-language outlets and translating their size claims",
    ],
    175: [
        "an interview transcript where the journalist names the model in the question and the guest gives its size in the answer",
        "a correction-heavy piece where the writer corrects figures mid-text ('just over 300 billion, 314 to be exact')",
        "a comparison table as pipe-separated rows whose first column is the maker and the second the model, plus commentary",
        "a launch of a model family offered in a span of sizes ('between 1.5 and 7 billion') and named variants",
        "a product story where the new models carry plain everyday-word names introduced once with their family",
        "a blog post estimating closed models' sizes from API prices and latency, each estimate credited to its author",
    ],
    176: [
        "a trade-fair report walking stand by stand, regional startups presenting their models and sizes",
        "an encyclopaedia-style entry on a model family with an infobox of 'Field: value' lines and a version history",
        "an open-source release post on a developer forum with checkpoint file names ('name-7b-instruct.gguf') and sizes",
        "a stock-market brief on an AI company with many money figures and one or two model sizes in passing",
        "a paper's abstract and two outlets' coverage of it that disagree on the model's size",
        "a public registry of AI systems used by a government, one entry per system with its base model and size",
    ],
    177: [
        "a short wire story with a dateline and embargo line, three to five paragraphs",
        "an article with numbered footnotes citing a source for each size figure",
        "a trivia quiz about AI models with questions, multiple-choice options (wrong sizes) and the answers",
        "a translated press release giving the original-language figures in parentheses",
        "a retrospective on a closed research lab and the models it built over the years",
        "a reader's letter disputing a reported size and the editor's reply",
    ],
    178: [
        "a hackathon report where teams fine-tune open base models of various sizes",
        "a regulatory filing summary under an AI law listing general-purpose models over thresholds (FLOPs as distractors)",
        "a hospital deploying a clinical assistant, its size compared with general-purpose models",
        "a technical article writing sizes in scientific notation or with exponents ('7 × 10^9 parameters', '1.2e11') beside plain ones",
        "a games story about characters driven by small on-device models on consoles and handhelds",
        "a panel debate transcript where two experts disagree about an unreleased model's size",
    ],
    179: [
        "two outlets' versions of the same rumour compared side by side with different figures",
        "a weekly reading list: short annotated link descriptions, each naming a model and sometimes its size",
        "a robotics story on vision-language-action models and their sizes",
        "an app-store style review of chatbot apps listing the model and size behind each",
        "a company's transparency report listing its deployed models with sizes and purposes",
        "a story about a small country's national language model, with earlier prototypes and their sizes",
    ],
    180: [
        "a literature-review paragraph style with author-year citations ('Kowalski et al., 2024') and sizes",
        "predictions for the coming year with probabilities for models reaching given sizes (predictions, not claims) beside current facts",
        "a comparison of translation models for African and Asian languages and their sizes",
        "a government press conference transcript announcing a public model",
        "a job advertisement of an AI lab that mentions the models the team trains",
        "a security incident report: a leaked checkpoint, its file size in GB beside its parameter count",
    ],
    181: [
        "a music or film industry story about generative models for audio and video with sizes",
        "a university press release on a model trained on a national supercomputer (GPU hours, nodes as distractors)",
        "a market-research summary with tables of share, prices and model sizes",
        "a chronicle of a model's forks and fine-tunes by the community, each with its base size",
        "a piece written mostly in questions and answers for beginners ('What does 70B mean?')",
        "a story on a merger of two model families with the old and the new names and sizes",
    ],
    182: [
        "a letter to shareholders by a CEO mentioning the company's models and their sizes in passing",
        "a bulletin of very short items (one or two sentences each) from several countries",
        "an article on benchmark contamination naming models, scores and sizes",
        "a biography-style feature on a model's chief architect with quotes about the design",
        "a leaked slide deck described slide by slide ('Slide 4: ...') with planned sizes",
        "a comparison of a model's successive generations where the size shrinks while quality improves",
    ],
    183: [
        "a tech-news story on a lab's new open-weights release written the morning after, with reactions from researchers on social media",
        "a weekly AI roundup column of five short sections, each a different company's news, sizes in some of them",
        "a report on a lawsuit or licence dispute over a model's weights, quoting the filing's figures and the company's denial",
        "a hardware review of a laptop or phone that runs local models, naming which model sizes fit in its memory",
        "an explainer on why labs stopped publishing parameter counts, with the last figures known for several models",
        "a profile of a national AI champion company with its model line-up over three years",
    ],
    184: [
        "a news story built on an exclusive report by another outlet ('according to people familiar with the matter')",
        "a benchmark results article where model names in the text carry size suffixes and scores in the same sentences",
        "a cloud provider's catalogue announcement: which third-party models of which sizes are now hosted",
        "an opinion column arguing small models beat big ones, citing sizes of real models as examples",
        "a story about distillation: a small student model trained from a big teacher, both sizes given",
        "an earnings-call write-up where the CEO mentions the next model's planned size among revenue figures",
    ],
    185: [
        "a correction appended at the bottom of a news story ('An earlier version of this article misstated...')",
        "a story on a model leaked on a file-sharing site, the uploader's claims and the lab's statement",
        "an analysis comparing three Chinese labs' latest models with total and active counts",
        "an education-sector story about a tutoring chatbot and the model behind it",
        "a startup funding story: money figures everywhere and the size of the model the startup trains",
        "a live ticker from an AI summit, short timestamped entries from several speakers",
    ],
    186: [
        "a product comparison for developers choosing a code model, sizes given as '7B', '15B', '34B' tags and in words",
        "a news story where the size is only in the headline and the subheading, the body speaks of 'the model'",
        "a historical piece on how model sizes grew from millions to trillions, with dates and outlets of the time",
        "an article on a model's second version being smaller than the first, with the lab's explanation",
        "a regional newspaper story on a local university's language model, with quotes from the professor",
        "a story on AI in banking where a bank's in-house model is sized against public models",
    ],
    187: [
        "a rumour roundup ranking rumours by credibility, each with its source and the figure it gives",
        "a research-paper news story on a new architecture tested at several scales ('from 125 million to 13 billion')",
        "a government tender or public contract award naming the model to be delivered and its size",
        "an interview with an open-source maintainer about quantising models of various sizes",
        "a story on a model renamed after launch (old and new names) and its size",
        "a newsletter's 'numbers of the week' section mixing parameter counts with other figures",
    ],
    188: [
        "a news story on a mixture-of-experts model with the number of experts, experts per token, total and active counts",
        "an article on on-device assistants in cars, naming the model sizes each carmaker uses",
        "a story on a model card published alongside weights, quoting its sections",
        "a report on an AI safety evaluation of frontier models, sizes of the open ones given, closed ones undisclosed",
        "a retrospective year-in-review listing the year's notable releases month by month with sizes",
        "a story where an executive contradicts an earlier rumour about the size of the company's model",
    ],
    189: [
        "a Q&A-format news explainer ('What is X? How big is it? Who built it?') about a new model",
        "a story on medical or legal domain models fine-tuned from named base models of given sizes",
        "a story on a national supercomputer's first model, with compute, energy and money figures as distractors",
        "a gaming or entertainment company's announcement of an in-house model",
        "a piece comparing a model's announced size with the size independent researchers measured from the weights",
        "a brief news item of three sentences about one release",
    ],
    190: [
        "a news story on a multilingual model family for European languages with several sizes",
        "a tech-blog post benchmarking inference speed of models of different sizes on one GPU",
        "a story about a lab's internal memo leaked to the press describing a planned model",
        "an article on speech or vision models (not language models) and their parameter counts",
        "a feature on a start-up's founders and their path from a small first model to a larger one",
        "a story on an open model's download milestone, with sizes of its variants among download and user counts",
    ],
    191: [
        "a wire-service story with a dateline and 'said in a statement', the sizes all in one dense paragraph",
        "a story on a model's context window and training data (many token figures) where the parameter count comes once",
        "a machine-translated foreign news article with awkward phrasing and the source language's number habits",
        "a comparison of API prices per million tokens, model sizes mentioned in passing",
        "a story where two outlets report different sizes for the same model and the article weighs them",
        "a listicle 'five open models you can run at home' with sizes and hardware needs",
    ],
    192: [
        "a lab's API deprecation schedule listing retired models and their replacements, some with sizes",
        "a blog post by an independent researcher estimating a closed model's size from its speed and price",
        "a story on a sovereign AI initiative in a Latin American or African country and its model",
        "an article on robotics foundation models (vision-language-action) and their sizes",
        "a feature on open-source community model merges and the sizes of the merged results",
        "a report on a hackathon where student teams fine-tuned small named models",
    ],
    193: [
        "a story with appended updates ('Update, 3 p.m.:') that add the official size after the rumour",
        "a story on chip export controls that mentions models and their sizes incidentally",
        "a preview of a model to be unveiled tomorrow, with expected sizes from several sources",
        "an article on an AI model for weather or science (not language) with its parameter count",
        "a gossip column about tech hiring with a few rumoured model sizes",
        "a newsletter editorial with numbered footnotes citing a source for each size",
    ],
    194: [
        "a press review summarising what several newspapers wrote about one model's size",
        "a story on a model's mini, nano and pro tiers where only some tiers' sizes are disclosed",
        "a piece on a shut-down startup and the models it left behind",
        "a story on the energy use of AI with watt-hours, tokens and parameter counts",
        "a retailer's shopping-assistant launch and the model behind it",
        "a reader-questions column ('You asked: ...') answering questions about model sizes",
    ],
    195: [
        "a story comparing a family's versions in a sentence with 'respectively'",
        "an analyst note on memory chips with GB figures beside model sizes",
        "an academic consortium's open model trained on public supercomputers",
        "a story on a model accused of copying another model, both sizes given",
        "an AI-policy story quoting a law's threshold in parameters or FLOPs and naming models above or below it",
        "an 'in brief' column of a wire service with three short release items",
    ],
    196: [
        "a story on translation and speech-recognition models with parameter counts in millions",
        "a story on a model's size revealed by a configuration file leaked on a code-hosting site",
        "a tabloid-style piece with exaggerations ('a monster with a trillion parameters') and one sober figure",
        "a news-agency piece on a European company's model with the agency's house style",
        "a story on small language models for phones with sizes in millions and billions",
        "an interview with an investor speculating on the sizes of the next generation of models",
    ],
    197: [
        "a story built on researchers' social-media posts that give sizes, quoted with their handles",
        "a business article where the model size appears only in a fact box at the end",
        "a story on a benchmark result withdrawn after a mistake about a model's size",
        "an article on an open-model licence change that lists which sizes are affected",
        "a local-news story on a small-town company training its own model",
        "a summary of a technical report's architecture section (layers, heads, hidden size, parameters)",
    ],
    198: [
        "a story giving a closed model's size as several analysts' estimate ranges",
        "a culture piece on a museum's AI guide and the model behind it",
        "a newsletter 'corrections and clarifications' section fixing several earlier items",
        "an article on a video-generation model with its size among frame, resolution and duration figures",
        "a story on a tokenizer change (vocabulary size figures) alongside model sizes",
        "a feature on a lab releasing some sizes as open weights and keeping others closed",
    ],
}


def main() -> None:
    out = Path(sys.argv[1])
    template = (Path(__file__).parent / "fixture-brief.md").read_text(encoding="utf-8")
    for number in map(int, sys.argv[2:]):
        themes = "\n".join(f"{i:02d}. {theme}" for i, theme in enumerate(THEMES[number], 1))
        brief = template.replace("{SET}", str(number)).replace("{THEMES}", themes)
        (out / f"helper-rt{number}.md").write_text(brief, encoding="utf-8")
        print("wrote", out / f"helper-rt{number}.md")


if __name__ == "__main__":
    main()
