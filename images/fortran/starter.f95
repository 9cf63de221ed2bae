program solution
  implicit none
  integer :: n
  read (*, *) n
  
end program solution
