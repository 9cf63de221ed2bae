{
    
}

END {
    
}
