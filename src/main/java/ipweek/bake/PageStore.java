package ipweek.bake;

import com.orientechnologies.orient.core.db.ODatabaseSession;
import com.orientechnologies.orient.core.metadata.OMetadata;
import com.orientechnologies.orient.core.metadata.schema.OSchema;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's {@link ContentStore} kept in memory: a list of documents, one per page to render. ipweek has already read,
 * checked and sorted everything, so the store only has to hand documents to the renderers; JBake's OrientDB store
 * would cost seconds at start-up and its queries re-read every document for every page.
 *
 * <p>{@code Oven.bake()} calls the final {@code updateSchema()}, which asks a database session for its schema. The
 * store gives it a stand-in session that answers "the schema exists" and nothing else, so no database ever starts.
 */
final class PageStore extends ContentStore {

    private final BakeContext context;
    private final List<DocumentModel> documents = Collections.synchronizedList(new ArrayList<>());

    PageStore(BakeContext context) {
        super("memory", "ipweek");
        this.context = context;
        installSchemaOnlySession();
    }

    BakeContext context() {
        return context;
    }

    private void installSchemaOnlySession() {
        OSchema schema = proxy(OSchema.class, (name, args) -> name.equals("existsClass") ? Boolean.TRUE : null);
        OMetadata metadata = proxy(OMetadata.class, (name, args) -> name.equals("getSchema") ? schema : null);
        ODatabaseSession session = proxy(ODatabaseSession.class, (name, args) -> name.equals("getMetadata") ? metadata : null);
        try {
            Field db = ContentStore.class.getDeclaredField("db");
            db.setAccessible(true);
            db.set(this, session);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("jbake-core's ContentStore changed: no 'db' field", e);
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        Object p = Proxy.newProxyInstance(PageStore.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            switch (method.getName()) {
                case "hashCode" -> {
                    return System.identityHashCode(self);
                }
                case "equals" -> {
                    return self == args[0];
                }
                case "toString" -> {
                    return "ipweek stand-in " + type.getSimpleName();
                }
                default -> {
                    Object result = answer.answer(method.getName(), args);
                    if (result == null && method.getReturnType().isPrimitive() && method.getReturnType() != void.class) {
                        throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
                    }
                    return result;
                }
            }
        });
        return type.cast(p);
    }

    // --- lifecycle: nothing to start or stop -------------------------------------------------------------------

    @Override
    public void startup() {
    }

    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void drop() {
        documents.clear();
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
    }

    @Override
    public boolean isActive() {
        return true;
    }

    // --- documents ------------------------------------------------------------------------------------------

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(documents.stream().filter(d -> !Boolean.TRUE.equals(d.getRendered())).toList());
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return list(documents.stream().filter(d -> docType.equals(d.getType())).toList());
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return list(documents.stream().filter(d -> uri.equals(d.getUri())).toList());
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public long getDocumentCount(String docType) {
        return getAllContent(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getDocumentCount(docType);
    }

    // ipweek has no JBake posts, pages or tags: its own page kinds are documents of their own types.

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return new DocumentList<>();
    }

    @Override
    public Set<String> getTags() {
        return Set.of();
    }

    @Override
    public Set<String> getAllTags() {
        return Set.of();
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(d -> uri.equals(d.getUri()));
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(d -> docType.equals(d.getType()));
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> items) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(items);
        return list;
    }
}
