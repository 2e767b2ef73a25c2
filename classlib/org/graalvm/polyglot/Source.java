// Source text for Context.eval: a language id, the characters and a name.
package org.graalvm.polyglot;

import java.io.IOException;

public final class Source {

    private final String language;
    private final CharSequence characters;
    private final String name;

    private Source(String language, CharSequence characters, String name) {
        this.language = language;
        this.characters = characters;
        this.name = name;
    }

    public static Source create(String language, CharSequence source) {
        return newBuilder(language, source, "Unnamed").buildLiteral();
    }

    public static Builder newBuilder(String language, CharSequence characters, String name) {
        if (language == null) {
            throw new NullPointerException("language");
        }
        if (characters == null) {
            throw new NullPointerException("characters");
        }
        return new Builder(language, characters, name);
    }

    public String getLanguage() {
        return language;
    }

    public CharSequence getCharacters() {
        return characters;
    }

    public String getName() {
        return name;
    }

    public int getLength() {
        return characters.length();
    }

    @Override
    public String toString() {
        return "Source [language=" + language + ", name=" + name + "]";
    }

    public static final class Builder {

        private final String language;
        private final CharSequence characters;
        private String name;

        Builder(String language, CharSequence characters, String name) {
            this.language = language;
            this.characters = characters;
            this.name = name == null ? "Unnamed" : name;
        }

        public Builder name(String newName) {
            this.name = newName;
            return this;
        }

        // Text sources cannot fail to load; the checked exception is part of GraalVM's signature.
        public Source build() throws IOException {
            return buildLiteral();
        }

        public Source buildLiteral() {
            return new Source(language, characters, name);
        }
    }
}
