program solution;

var
  n: longint;

begin
  read(n);
  
end.
