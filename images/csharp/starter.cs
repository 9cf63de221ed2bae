using System;
using System.IO;

class Program
{
    static void Main()
    {
        var tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        
    }
}
