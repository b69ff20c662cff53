package dev.matchfolio.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline a team would otherwise reach for: an in-memory Lucene index with one document per candidate and one
 * term per skill, searched with a boolean query of SHOULD clauses on the opening's skills, scored by BM25 (Lucene's
 * default). Required skills are boosted by their weight, nice-to-haves count half. No hard rules, no taxonomy.
 */
final class LuceneRanker implements Ranker, AutoCloseable {

	static final String NAME = "lucene-bm25";

	private static final String ID = "id";

	private static final String SKILL = "skill";

	private static final float NICE_TO_HAVE_BOOST = 0.5f;

	/**
	 * Untokenised terms (a skill is one term, "Spring Boot" included) that keep frequencies and norms, so BM25's
	 * document-length normalisation sees how many skills a candidate lists.
	 */
	private static final FieldType SKILL_TERM = skillTerm();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final String[] idByDoc;

	LuceneRanker(Iterable<Profile> profiles) {
		try {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				for (Profile profile : profiles) {
					writer.addDocument(document(profile));
				}
				// one segment: the shape a read-mostly index settles in, and the fastest to search
				writer.forceMerge(1);
			}
			reader = DirectoryReader.open(directory);
			searcher = new IndexSearcher(reader);
			// no caching across queries: every ranking is computed, as it is for the engine
			searcher.setQueryCache(null);
			idByDoc = readIds(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FieldType skillTerm() {
		FieldType type = new FieldType();
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.setTokenized(false);
		type.setOmitNorms(false);
		type.freeze();
		return type;
	}

	private static Document document(Profile profile) {
		Document doc = new Document();
		doc.add(new StoredField(ID, profile.id()));
		for (Profile.Skill skill : profile.skills()) {
			doc.add(new Field(SKILL, SkillText.normalise(skill.name()), SKILL_TERM));
		}
		return doc;
	}

	// read once so that a ranking does not pay for stored-field lookups, which the engine does not do either
	private static String[] readIds(DirectoryReader reader) throws IOException {
		String[] ids = new String[reader.maxDoc()];
		StoredFields stored = reader.storedFields();
		for (int doc = 0; doc < ids.length; doc++) {
			ids[doc] = stored.document(doc).get(ID);
		}
		return ids;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> rank(Posting posting, int limit) {
		try {
			TopDocs top = searcher.search(query(posting), limit);
			List<String> ids = new ArrayList<>(top.scoreDocs.length);
			for (ScoreDoc hit : top.scoreDocs) {
				ids.add(idByDoc[hit.doc]);
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BooleanQuery query(Posting posting) {
		Map<String, Float> boosts = new LinkedHashMap<>();
		posting.niceToHaveSkills().forEach(need -> boosts.put(SkillText.normalise(need.name()), NICE_TO_HAVE_BOOST));
		posting.requiredSkills().forEach(need -> boosts.put(SkillText.normalise(need.name()), (float) need.weight()));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		boosts.forEach((term, boost) -> query.add(new BoostQuery(new TermQuery(new Term(SKILL, term)), boost),
				Occur.SHOULD));
		return query.build();
	}

	/** Bytes of the index files held in the in-memory directory. */
	long directoryBytes() {
		try {
			long bytes = 0;
			for (String file : directory.listAll()) {
				bytes += directory.fileLength(file);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
	}

}
