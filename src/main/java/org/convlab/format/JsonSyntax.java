package org.convlab.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.conv.Echo;

/**
 * A JSON parser's complaint in ConvLab's words: where (line and column) and what was found where
 * what was expected. The parser's own text names its classes and switches ({@code
 * JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS}), which mean nothing to the user, so it is
 * only read here to tell the cases apart and never shown.
 */
final class JsonSyntax {
    private static final Pattern UNEXPECTED =
            Pattern.compile("^Unexpected character \\('.*?' \\(code (\\d+)");
    private static final Pattern TOKEN =
            Pattern.compile("^Unrecognized token '(.*)': was expecting");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.*?)'");
    private static final Pattern CONTROL =
            Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern CLOSE =
            Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)' for");

    private JsonSyntax() {}

    /** Turns a parser error into one line with the position, without the parser's internals. */
    static WorkspaceFormatException malformed(IOException e) {
        if (e instanceof FieldRefusal r) {
            return r.toException();
        }
        String where = "";
        if (e instanceof JsonProcessingException p) {
            JsonLocation loc = p.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                where = " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            }
        }
        String detail =
                e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        detail = detail == null ? "" : detail;
        if (e instanceof StreamConstraintsException) {
            return new WorkspaceFormatException(overLimit(detail, where), e);
        }
        if (e instanceof JsonEOFException || detail.startsWith("Unexpected end-of-input")) {
            return new WorkspaceFormatException(
                    "the JSON ends too early"
                            + where
                            + " (the file is truncated or a bracket is missing)",
                    e);
        }
        Matcher duplicate = DUPLICATE.matcher(detail);
        if (duplicate.find()) {
            return new WorkspaceFormatException(
                    "the field "
                            + Echo.quoted(duplicate.group(1))
                            + " appears twice"
                            + where
                            + "; each field may appear once",
                    e);
        }
        return new WorkspaceFormatException("malformed JSON" + where + ": " + plain(detail), e);
    }

    private static String overLimit(String detail, String where) {
        if (detail.contains("nesting depth")) {
            return "the JSON is nested too deeply"
                    + where
                    + "; at most "
                    + WorkspaceLimits.MAX_NESTING_DEPTH
                    + " levels are allowed";
        }
        if (detail.startsWith("Document length")) {
            return "the workspace is longer than "
                    + WorkspaceLimits.MAX_FILE_BYTES
                    + " characters (64 MiB), the largest allowed";
        }
        if (detail.startsWith("String value length") || detail.startsWith("Name length")) {
            return "a string"
                    + where
                    + " is longer than "
                    + WorkspaceLimits.MAX_STRING_LENGTH
                    + " characters, the largest allowed";
        }
        if (detail.startsWith("Number value length")) {
            return "a number" + where + " has too many digits";
        }
        return "the JSON is over a size limit" + where;
    }

    /** What was wrong, in plain words; never the parser's text. */
    private static String plain(String detail) {
        Matcher m = UNEXPECTED.matcher(detail);
        if (m.find()) {
            String found = "found " + character(Integer.parseInt(m.group(1)));
            if (detail.contains("plus sign")) {
                return "a number starts with '+'; JSON numbers are written without a plus sign";
            }
            if (detail.contains("comment")) {
                return found + "; JSON has no comments";
            }
            if (detail.contains("in numeric value")) {
                return found + " inside a number";
            }
            return found + " where " + expected(detail) + " should be";
        }
        if ((m = TOKEN.matcher(detail)).find()) {
            return "found "
                    + Echo.quoted(m.group(1))
                    + " where a value should be (a number, a string in double quotes, "
                    + "an array, an object, true, false or null)";
        }
        if ((m = NON_STANDARD.matcher(detail)).find()) {
            return "found " + Echo.quoted(m.group(1)) + "; NaN and infinities are not allowed";
        }
        if ((m = CONTROL.matcher(detail)).find()) {
            return "a string holds the control character "
                    + character(Integer.parseInt(m.group(1)))
                    + "; inside a string write it as an escape such as \\n or \\t";
        }
        if ((m = CLOSE.matcher(detail)).find()) {
            return "found '"
                    + m.group(1)
                    + "' where '"
                    + m.group(2)
                    + "' should close the "
                    + (m.group(2).equals("}") ? "object" : "array");
        }
        if (detail.startsWith("Trailing token")) {
            return "there is more text after the end of the workspace object";
        }
        if (detail.contains("Leading zeroes")) {
            return "a number starts with 0 (write 7, not 07)";
        }
        if (detail.startsWith("Unrecognized character escape")) {
            return "a string holds an unknown escape; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
        }
        if (detail.startsWith("Invalid numeric value") || detail.contains("out of range")) {
            return "a number is not written the way JSON writes numbers";
        }
        return "this is not valid JSON";
    }

    /** What the parser was looking for, from its phrase for it. */
    private static String expected(String detail) {
        if (detail.contains("separate Array entries")) {
            return "a comma or ']'";
        }
        if (detail.contains("separate Object entries")) {
            return "a comma or '}'";
        }
        if (detail.contains("start field name") || detail.contains("start a field name")) {
            return "a field name in double quotes";
        }
        if (detail.contains("colon")) {
            return "a colon after the field name";
        }
        return "a value (a number, a string in double quotes, an array, an object, true, false or null)";
    }

    private static String character(int code) {
        if (code < 0 || code > Character.MAX_CODE_POINT) {
            return "a character that is not allowed";
        }
        return "'" + Echo.inside(new String(Character.toChars(code))) + "'";
    }
}
