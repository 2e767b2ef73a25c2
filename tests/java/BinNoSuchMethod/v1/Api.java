// Version 1 of an interface Main calls through.
public interface Api {
    String name();
}
