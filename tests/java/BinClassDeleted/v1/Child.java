// Stays in the output, but its superclass lib.Helper is deleted.
public class Child extends lib.Helper {}
