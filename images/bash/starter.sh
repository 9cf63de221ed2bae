read -r n

