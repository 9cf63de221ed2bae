let () =
  let n = Scanf.scanf " %d" (fun x -> x) in
  ignore n
